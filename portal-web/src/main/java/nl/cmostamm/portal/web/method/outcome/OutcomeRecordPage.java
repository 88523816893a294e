package nl.cmostamm.portal.web.method.outcome;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import nl.cmostamm.portal.method.outcome.OutcomeRecord;
import nl.cmostamm.portal.method.outcome.OutcomeRecordService;

/**
 * "Wat bereiken we?": per outcome of the Theory of Change (or per goal) the evidence of every
 * method side by side, and where a method has nothing yet, a link to the place that fills the gap.
 * Read once per request in one service call.
 */
@Named
@RequestScoped
public class OutcomeRecordPage {

    @EJB
    OutcomeRecordService outcomes;

    private OutcomeRecord record;

    @PostConstruct
    void load() {
        record = outcomes.record();
    }

    public OutcomeRecord getRecord() {
        return record;
    }
}
