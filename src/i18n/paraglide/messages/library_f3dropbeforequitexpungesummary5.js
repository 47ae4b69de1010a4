/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_F3dropbeforequitexpungesummary5Inputs */

const en_library_f3dropbeforequitexpungesummary5 = /** @type {(inputs: Library_F3dropbeforequitexpungesummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The same reset before QUIT, but this server removes a message the moment DELE arrives instead of in UPDATE. The client had saved each copy durably first, so nothing is doubled and nothing lost; but the server no longer gives the learner a second chance (see the crash variant).`)
};

const es_library_f3dropbeforequitexpungesummary5 = /** @type {(inputs: Library_F3dropbeforequitexpungesummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El mismo reinicio antes de QUIT, pero este servidor elimina un mensaje en cuanto llega DELE en vez de en UPDATE. El cliente había guardado cada copia en disco antes, así que nada se duplica ni se pierde; pero el servidor ya no da una segunda oportunidad (mira la variante con cuelgue).`)
};

const de_library_f3dropbeforequitexpungesummary5 = /** @type {(inputs: Library_F3dropbeforequitexpungesummary5Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dasselbe Zurücksetzen vor QUIT, aber dieser Server entfernt eine Nachricht, sobald DELE ankommt, statt in UPDATE. Der Client hatte jede Kopie vorher dauerhaft gespeichert, also ist nichts doppelt und nichts verloren; aber der Server gibt keine zweite Chance mehr (siehe die Variante mit Absturz).`)
};

/**
* | output |
* | --- |
* | "The same reset before QUIT, but this server removes a message the moment DELE arrives instead of in UPDATE. The client had saved each copy durably first, so ..." |
*
* @param {Library_F3dropbeforequitexpungesummary5Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_f3dropbeforequitexpungesummary5 = /** @type {((inputs?: Library_F3dropbeforequitexpungesummary5Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_F3dropbeforequitexpungesummary5Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_f3dropbeforequitexpungesummary5(inputs)
	if (locale === "de") return de_library_f3dropbeforequitexpungesummary5(inputs)
	return en_library_f3dropbeforequitexpungesummary5(inputs)
});
export { library_f3dropbeforequitexpungesummary5 as "library_f3DropBeforeQuitExpungeSummary" }