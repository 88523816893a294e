package nl.cmostamm.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every guarded service method, called by every kind of person its rule keeps out, is refused
 * before its body runs. The list of methods is read from the deployed beans, so a new use case is
 * tested the day it is written. Arguments are zeros and nulls: a refusal must not depend on them,
 * and a method that ran anyway fails with something other than the guard's refusal. Each call runs
 * in a transaction that is rolled back, so nothing a wrongly admitted call wrote survives.
 */
@ExtendWith(ArquillianExtension.class)
class ServiceRulesIT {

    @Inject
    BeanManager beans;

    @Resource
    UserTransaction transaction;

    @EJB
    TestAccounts accounts;

    @EJB
    InitiativeService initiatives;

    @EJB
    MembersService members;

    @EJB
    AdvisorService advisors;

    @EJB
    Admission admission;

    /** One person per kind, standing in initiative A unless said otherwise. */
    private record People(
            Tenancy.Scope anonymous,
            Tenancy.Scope outsider,
            Tenancy.Scope member,
            Tenancy.Scope boardAdmin,
            Tenancy.Scope advisor,
            Tenancy.Scope admin) {}

    private People people() {
        Tenancy.Scope admin = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Tenancy.Scope other = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        long initiative = admin.initiativeId();
        String memberEmail = InContainer.uniqueEmail("lid");
        String boardAdminEmail = InContainer.uniqueEmail("voorzitter");
        String outsiderEmail = InContainer.uniqueEmail("buiten");
        String advisorEmail = InContainer.uniqueEmail("adviseur");
        Tenancy.with(admin, () -> members.invite(memberEmail, "Lid", BoardRole.BOARD_MEMBER));
        Tenancy.with(admin, () -> members.invite(boardAdminEmail, "Voorzitter", BoardRole.BOARD_ADMIN));
        Tenancy.with(other, () -> members.invite(outsiderEmail, "Elders", BoardRole.BOARD_ADMIN));
        Tenancy.with(admin, () -> advisors.addAdvisor(advisorEmail, "Adviseur"));
        long advisorId = accounts.idOf(advisorEmail);
        Tenancy.with(admin, () -> {
            advisors.assign(advisorId);
            return null;
        });
        return new People(
                Tenancy.Scope.NONE,
                new Tenancy.Scope(accounts.idOf(outsiderEmail), initiative),
                new Tenancy.Scope(accounts.idOf(memberEmail), initiative),
                new Tenancy.Scope(accounts.idOf(boardAdminEmail), initiative),
                new Tenancy.Scope(advisorId, initiative),
                admin);
    }

    /** Who each rule keeps out, by name for the failure message. */
    private static Map<String, Tenancy.Scope> keptOut(Caller rule, People p) {
        Map<String, Tenancy.Scope> out = new TreeMap<>();
        switch (rule) {
            case ANYONE -> {}
            case SIGNED_IN -> out.put("anonymous", p.anonymous());
            case BOARD -> {
                out.put("anonymous", p.anonymous());
                out.put("board member of another initiative", p.outsider());
            }
            case BOARD_ADMIN -> {
                out.put("board member", p.member());
                out.put("board member of another initiative", p.outsider());
            }
            case INITIATIVE_ADVISOR -> {
                out.put("board admin", p.boardAdmin());
                out.put("board member of another initiative", p.outsider());
            }
            case ADVISOR -> {
                out.put("anonymous", p.anonymous());
                out.put("board admin", p.boardAdmin());
            }
            case KNOWLEDGE_CENTRE_ADMIN -> {
                out.put("board admin", p.boardAdmin());
                out.put("advisor", p.advisor());
            }
            case SERVICE, SYSTEM -> out.put("knowledge-centre admin, from outside any service", p.admin());
        }
        return out;
    }

    @Test
    void everyRuleKeepsOutWhoItMust() throws Exception {
        People people = people();
        List<Method> methods = guardedMethods();
        assertTrue(methods.size() > 100, "the guarded services are found: " + methods.size());
        List<String> admitted = new ArrayList<>();
        int refusals = 0;
        for (Method method : methods) {
            Caller rule = method.getAnnotation(Allow.class).value();
            Object service = reference(method.getDeclaringClass());
            for (Map.Entry<String, Tenancy.Scope> who : keptOut(rule, people).entrySet()) {
                Throwable outcome = call(service, method, who.getValue());
                if (isRefusal(outcome)) {
                    refusals++;
                } else {
                    admitted.add(method.getDeclaringClass().getSimpleName() + "." + method.getName() + " (" + rule
                            + ") let in " + who.getKey() + ": " + outcome);
                }
            }
        }
        assertEquals(List.of(), admitted);
        assertTrue(refusals > 150, "refusals checked: " + refusals);
    }

    @Test
    void aStandingIsLookedUpOncePerTransactionAndAfreshInTheNext() throws Exception {
        People people = people();
        long seat = Tenancy.with(people.admin(), members::members).stream()
                .filter(m -> m.getAccount().getId().equals(people.member().accountId()))
                .findFirst()
                .orElseThrow()
                .getId();

        transaction.begin();
        try {
            assertEquals(Standing.BOARD_MEMBER, Tenancy.with(people.member(), admission::currentStanding));
            Tenancy.with(people.admin(), () -> {
                members.remove(seat);
                return null;
            });
            assertEquals(
                    Standing.BOARD_MEMBER,
                    Tenancy.with(people.member(), admission::currentStanding),
                    "inside one transaction the first answer holds: one lookup per transaction");
            transaction.commit();
        } catch (Exception | AssertionError e) {
            transaction.rollback();
            throw e;
        }

        Throwable next =
                rootOf(assertThrows(Exception.class, () -> Tenancy.with(people.member(), admission::currentStanding)));
        assertTrue(isRefusal(next), "the next transaction asks again and refuses a removed member: " + next);
    }

    @Test
    void aMethodWithoutARuleIsRefusedEvenToAnAdmin() throws Exception {
        People people = people();
        Method unruled = Unruled.class.getMethod("hello");

        Throwable outcome = call(reference(Unruled.class), unruled, people.admin());

        assertTrue(outcome instanceof AccessDeniedException, String.valueOf(outcome));
    }

    private List<Method> guardedMethods() {
        List<Method> methods = new ArrayList<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (!type.getName().startsWith("nl.cmostamm.portal.")
                    || type.getName().startsWith("nl.cmostamm.portal.web.")
                    || !type.isAnnotationPresent(Guarded.class)
                    || type.getName().startsWith("nl.cmostamm.portal.testing.")
                    || type == TestAccounts.class
                    || type == Unruled.class
                    || type.getSimpleName().endsWith("Probe")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic()) {
                    methods.add(method);
                }
            }
        }
        methods.sort(Comparator.comparing(Method::toString));
        return methods.stream().distinct().toList();
    }

    private Object reference(Class<?> type) {
        Bean<?> bean = beans.resolve(beans.getBeans(type));
        return beans.getReference(bean, type, beans.createCreationalContext(bean));
    }

    /** What calling {@code method} as {@code who} led to, inside a transaction that is rolled back. */
    private Throwable call(Object service, Method method, Tenancy.Scope who) throws Exception {
        Object[] arguments = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            arguments[i] = zero(types[i]);
        }
        transaction.begin();
        try {
            Tenancy.call(who, () -> method.invoke(service, arguments));
            return new AssertionError("no refusal: the method ran");
        } catch (InvocationTargetException e) {
            return rootOf(e.getCause());
        } finally {
            transaction.rollback();
        }
    }

    private static boolean isRefusal(Throwable outcome) {
        return outcome instanceof AccessDeniedException
                || (outcome instanceof NotFoundException && "Initiative not found".equals(outcome.getMessage()));
    }

    private static Throwable rootOf(Throwable thrown) {
        Throwable cause = thrown;
        while ((cause instanceof jakarta.ejb.EJBException || cause instanceof InvocationTargetException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static Object zero(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0d;
        }
        if (type.isPrimitive()) {
            throw new IllegalArgumentException("no zero for " + type);
        }
        return null;
    }
}
