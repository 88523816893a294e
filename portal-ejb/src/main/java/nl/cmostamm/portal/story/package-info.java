/**
 * Stories, the raw material of the narrative method. A story can be about a person with dementia,
 * so it is health data: its consent record says for which purposes it may be used (internal
 * learning, reports to the municipality and funders, public publication); without consent for a
 * purpose, or after consent is withdrawn, the story appears in no list, report or export of that
 * purpose. Every read and change of a story is written to the audit log.
 */
package nl.cmostamm.portal.story;
