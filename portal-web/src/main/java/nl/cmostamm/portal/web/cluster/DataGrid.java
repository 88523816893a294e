package nl.cmostamm.portal.web.cluster;

import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara's Data Grid, when this node is part of one. Payara binds its Hazelcast member at
 * {@code payara/Hazelcast}; a node started with {@code --nohazelcast} has none, and everything that
 * would be shared stays in the node's own memory.
 */
@ApplicationScoped
public class DataGrid {

    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());
    static final String JNDI_NAME = "payara/Hazelcast";

    private HazelcastInstance member;

    @PostConstruct
    void find() {
        member = lookUp();
        if (member == null) {
            LOG.info("No Data Grid on this node: limits and workshop pushes are the node's own");
        } else {
            LOG.info(() -> "Data Grid " + member.getConfig().getClusterName() + " with "
                    + member.getCluster().getMembers().size()
                    + " member(s): limits and workshop pushes are shared by its nodes");
        }
    }

    private static HazelcastInstance lookUp() {
        try {
            Object found = new InitialContext().lookup(JNDI_NAME);
            if (found instanceof HazelcastInstance instance
                    && instance.getLifecycleService().isRunning()) {
                return instance;
            }
            return null;
        } catch (NamingException | RuntimeException notThere) {
            return null;
        }
    }

    /** The grid's member on this node, or empty on a node of its own. */
    public Optional<HazelcastInstance> member() {
        return Optional.ofNullable(member);
    }
}
