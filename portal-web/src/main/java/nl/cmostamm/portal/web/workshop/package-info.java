/**
 * Workshop pages: the advisor's sessions, presenter view and exercise editor ({@link EditExercise})
 * under {@code /app/workshop}, and the participant's pages under {@code /workshop}, which need no
 * account: joining with a code gives a cookie that opens that one session and nothing else of the
 * portal. Step changes and new answers reach the open pages through OmniFaces web sockets
 * ({@link WorkshopPush}). Afterwards a session's results leave as a document without names to share
 * with the group and a workbook with every answer for the advisor ({@link WorkshopResultsDownload}).
 */
package nl.cmostamm.portal.web.workshop;
