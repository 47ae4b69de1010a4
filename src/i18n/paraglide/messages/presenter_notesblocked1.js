/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_Notesblocked1Inputs */

const en_presenter_notesblocked1 = /** @type {(inputs: Presenter_Notesblocked1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The browser blocked the notes window. Allow pop-ups for this page and try again.`)
};

const es_presenter_notesblocked1 = /** @type {(inputs: Presenter_Notesblocked1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El navegador bloqueó la ventana de notas. Permite las ventanas emergentes para esta página y vuelve a intentarlo.`)
};

const de_presenter_notesblocked1 = /** @type {(inputs: Presenter_Notesblocked1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Browser hat das Notizfenster blockiert. Erlaube Pop-ups für diese Seite und versuche es noch einmal.`)
};

/**
* | output |
* | --- |
* | "The browser blocked the notes window. Allow pop-ups for this page and try again." |
*
* @param {Presenter_Notesblocked1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const presenter_notesblocked1 = /** @type {((inputs?: Presenter_Notesblocked1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_Notesblocked1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_notesblocked1(inputs)
	if (locale === "de") return de_presenter_notesblocked1(inputs)
	return en_presenter_notesblocked1(inputs)
});
export { presenter_notesblocked1 as "presenter_notesBlocked" }