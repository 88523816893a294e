/**
 * Surveys: how participants, volunteers and residents experience the initiative, and the basis of
 * effect measurement (before and after). A survey is built from questions (often copied from one of
 * the knowledge centre's templates) and runs in waves, each with its own public link. Answering
 * needs no account and is anonymous: a response stores its answers, its wave, its day and its
 * language, never an address, a browser or a person. A submission key makes every submit
 * idempotent.
 */
package nl.cmostamm.portal.survey;
