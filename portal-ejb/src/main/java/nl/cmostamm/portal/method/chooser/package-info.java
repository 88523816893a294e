/**
 * The method chooser ("Welke methode past bij ons?"): five short questions about what an initiative
 * wants to show and to whom, whether it needs a figure in euros, which data it already has, how
 * much time and help it has, and which phase it is in. {@link MethodAdvice} turns the answers into
 * a recommendation of the four methods of chapter 5 of the publication, with the reasons, the
 * effort and what each needs and yields, all as bundle keys. The board records the methods it will
 * use ({@link MethodChoice}); every take is kept, the newest is the current choice, and the
 * initiative's advisor can add a note to it.
 */
package nl.cmostamm.portal.method.chooser;
