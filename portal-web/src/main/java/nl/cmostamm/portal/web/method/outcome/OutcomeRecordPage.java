package nl.cmostamm.portal.web.method.outcome;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.method.outcome.OutcomeRecord;
import nl.cmostamm.portal.method.outcome.OutcomeRecordService;
import nl.cmostamm.portal.web.method.effect.ComparisonView;
import nl.cmostamm.portal.web.shared.Texts;

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
    private final Map<OutcomeRecord.EffectEvidence, List<ComparisonView.ScoreRow>> headlines = new IdentityHashMap<>();

    @PostConstruct
    void load() {
        record = outcomes.record();
        // written as the effect page writes them: a yes/no question as "71 % ja", differences with
        // a real minus sign, nothing read into too few answers
        record.rows().stream()
                .flatMap(r -> r.effects().stream())
                .forEach(e -> headlines.put(
                        e,
                        e.headline().stream()
                                .map(s -> ComparisonView.score(
                                        s,
                                        s.label() == null ? Texts.text(s.labelKey()) : s.label(),
                                        s.share(),
                                        Texts::text))
                                .toList()));
    }

    /** The figures an effect's comparison leads with, as the page writes them. */
    public List<ComparisonView.ScoreRow> headline(OutcomeRecord.EffectEvidence effect) {
        return headlines.getOrDefault(effect, List.of());
    }

    public OutcomeRecord getRecord() {
        return record;
    }
}
