/**
 * A person's data, on their request (AVG articles 15 and 17): the knowledge centre's admins find
 * everything the portal holds about one named person across all initiatives, hand it to them
 * (export) and erase it. Names are not unique, so a search only proposes candidates; the admin ticks
 * the records that really are this person, and only those are exported or erased.
 *
 * <p>Every initiative's rows are read and changed inside that initiative's own tenancy, one
 * transaction per initiative, as the admin (who may enter every initiative), so row-level security
 * stays forced and unweakened; see {@link nl.cmostamm.portal.person.PersonDataService}. Each request
 * leaves a knowledge-centre record (who, when, what kind, counts per kind, the admin's reference) and
 * an entry in every touched initiative's audit log, neither holding the person's name or any erased
 * value.
 */
package nl.cmostamm.portal.person;
