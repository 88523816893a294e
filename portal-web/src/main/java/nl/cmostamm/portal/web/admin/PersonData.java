package nl.cmostamm.portal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.cmostamm.portal.person.Candidate;
import nl.cmostamm.portal.person.ErasureReport;
import nl.cmostamm.portal.person.PersonDataRequest;
import nl.cmostamm.portal.person.PersonDataService;
import nl.cmostamm.portal.person.PersonDataset;
import nl.cmostamm.portal.person.PersonQuery;
import nl.cmostamm.portal.person.RecordKind;
import nl.cmostamm.portal.person.RecordRef;
import nl.cmostamm.portal.web.shared.Downloads;
import nl.cmostamm.portal.web.shared.Focus;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * A person's request about their data, for the knowledge centre's admins: the request's reference
 * and whom to look for, the candidates found per initiative and kind to tick, then an export (JSON or
 * PDF) or an erasure after a confirmation that names what will happen, and the list of past requests.
 *
 * <p>Export and erasure act on the search as it was made, not on what the fields hold by then, so
 * the records ticked are always records of the search the admin looked at. Each asks the admin to
 * confirm that the requester's identity was checked: handing someone else's data to a caller is the
 * mistake this page must make hardest.
 */
@Named
@ViewScoped
public class PersonData implements Serializable {

    /** One box on the page: the candidates of one kind in one initiative (or outside any). */
    public record Group(String initiative, RecordKind kind, List<Candidate> candidates) implements Serializable {}

    /** One line of the erasure's confirmation: how many records of a kind, and what happens to them. */
    public record Step(RecordKind kind, int count) implements Serializable {}

    @EJB
    PersonDataService service;

    private String reference;
    private String name;
    private String email;
    private boolean identityChecked;
    private String documentLanguage = "nl";

    private PersonQuery searched;
    private String searchedReference;
    private List<Group> groups = List.of();
    private final Map<String, Boolean> ticked = new HashMap<>();
    private final Map<String, RecordRef> refs = new HashMap<>();
    private List<Step> plan = List.of();
    private ErasureReport erased;

    private final LazyDataModel<PersonDataRequest> requests = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) service.requestCount();
        }

        @Override
        public List<PersonDataRequest> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return service.requests(first, pageSize);
        }
    };

    @PostConstruct
    void init() {
        documentLanguage = Objects.equals(
                        jakarta.faces.context.FacesContext.getCurrentInstance()
                                .getViewRoot()
                                .getLocale()
                                .getLanguage(),
                        "en")
                ? "en"
                : "nl";
    }

    public void search() {
        // keyboard users keep their place: the button, not the top of the page
        Focus.stayOnSource();
        List<Candidate> found = ServiceCall.attempt("request", () -> {
            PersonQuery query = PersonQuery.of(name, email);
            List<Candidate> result = service.search(reference, query);
            searched = query;
            searchedReference = query.reference(reference);
            return result;
        });
        if (found == null) {
            return;
        }
        erased = null;
        // another search may be another person: their identity is confirmed anew
        identityChecked = false;
        ticked.clear();
        refs.clear();
        Map<String, Group> grouped = new LinkedHashMap<>();
        String outside = Texts.text("person.outside");
        for (Candidate candidate : found) {
            String initiative = candidate.initiativeName() == null ? outside : candidate.initiativeName();
            grouped.computeIfAbsent(
                            initiative + "\u0000" + candidate.ref().kind(),
                            k -> new Group(initiative, candidate.ref().kind(), new ArrayList<>()))
                    .candidates()
                    .add(candidate);
            ticked.put(candidate.ref().key(), Boolean.FALSE);
            refs.put(candidate.ref().key(), candidate.ref());
        }
        groups = List.copyOf(grouped.values());
        Texts.info(found.isEmpty() ? "person.found.none" : "person.found", found.size(), groups.size());
    }

    private int exported;

    public StreamedContent exportJson() {
        PersonDataset data = export(PersonDataRequest.Format.JSON);
        return data == null ? null : Downloads.json(PersonDataJson.json(data), fileName());
    }

    public StreamedContent exportPdf() {
        PersonDataset data = export(PersonDataRequest.Format.PDF);
        return data == null
                ? null
                : Downloads.pdf(PersonDataDocument.pdf(data, PersonDataDocument.locale(documentLanguage)), fileName());
    }

    private PersonDataset export(PersonDataRequest.Format format) {
        if (!readyToAct()) {
            return null;
        }
        PersonDataset data =
                ServiceCall.attempt(null, () -> service.export(searchedReference, searched, tickedRefs(), format));
        if (data != null) {
            exported = data.records().size();
        }
        return data;
    }

    /**
     * After a download has arrived (the page's download monitor calls this): the errors of an earlier
     * try go, the confirmation and the request list come. A download's own answer is the file, so it
     * cannot redraw the page itself.
     */
    public void downloaded() {
        Texts.info("person.exported", exported);
    }

    /**
     * The confirmation's lines, counted from what is ticked, and the dialog that names them; it opens
     * only when something is ticked and the identity was checked.
     */
    public void planErasure() {
        if (!readyToAct()) {
            plan = List.of();
            Focus.stayOnSource();
            return;
        }
        Map<RecordKind, Integer> counts = new EnumMap<>(RecordKind.class);
        tickedRefs().forEach(r -> counts.merge(r.kind(), 1, Integer::sum));
        plan = counts.entrySet().stream()
                .map(e -> new Step(e.getKey(), e.getValue()))
                .toList();
        PrimeFaces.current().executeScript("PF('eraseDialog').show()");
    }

    public void erase() {
        if (!readyToAct()) {
            return;
        }
        ErasureReport report =
                ServiceCall.attempt(null, () -> service.erase(searchedReference, searched, tickedRefs()));
        if (report == null) {
            return;
        }
        erased = report;
        // what was erased can no longer be ticked: the candidates go, a new search shows what is left
        groups = List.of();
        ticked.clear();
        refs.clear();
        plan = List.of();
        if (report.complete()) {
            Texts.info("person.erased", report.erasedTotal());
        } else {
            Texts.error("person.erased.incomplete", report.erasedTotal());
        }
    }

    private boolean readyToAct() {
        if (searched == null) {
            Texts.error("person.searchFirst");
            return false;
        }
        // what is missing is said all at once, not one refusal per click
        boolean ready = true;
        if (tickedRefs().isEmpty()) {
            Texts.error("person.nothingTicked");
            ready = false;
        }
        if (!identityChecked) {
            Texts.errorAt("actions:identityChecked", "person.identity.required");
            ready = false;
        }
        return ready;
    }

    private List<RecordRef> tickedRefs() {
        return ticked.entrySet().stream()
                .filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(e -> refs.get(e.getKey()))
                .filter(Objects::nonNull)
                .toList();
    }

    private String fileName() {
        return Texts.text("file.personData") + "-" + searchedReference.replaceAll("[^A-Za-z0-9._-]", "-") + "-"
                + LocalDate.now();
    }

    /** "vrijwilliger 2, verhaal 1", in the page's language: the counts of a past request or a report. */
    public String counts(Map<RecordKind, Integer> counts) {
        if (counts == null || counts.isEmpty()) {
            return Texts.text("person.counts.none");
        }
        return counts.entrySet().stream()
                .map(e -> Texts.text("person.kind." + e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** For Faces' date converter, which formats java.util.Date in the view's time zone. */
    public Date when(PersonDataRequest request) {
        return Date.from(request.getRequestedAt().toInstant());
    }

    public boolean isSearched() {
        return searched != null;
    }

    public List<Group> getGroups() {
        return groups;
    }

    public Map<String, Boolean> getTicked() {
        return ticked;
    }

    public List<Step> getPlan() {
        return plan;
    }

    public ErasureReport getErased() {
        return erased;
    }

    public LazyDataModel<PersonDataRequest> getRequests() {
        return requests;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isIdentityChecked() {
        return identityChecked;
    }

    public void setIdentityChecked(boolean identityChecked) {
        this.identityChecked = identityChecked;
    }

    public String getDocumentLanguage() {
        return documentLanguage;
    }

    public void setDocumentLanguage(String documentLanguage) {
        this.documentLanguage = "en".equals(documentLanguage) ? "en" : "nl";
    }
}
