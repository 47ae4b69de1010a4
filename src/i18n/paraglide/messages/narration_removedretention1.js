/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Removedretention1Inputs */

const en_narration_removedretention1 = /** @type {(inputs: Narration_Removedretention1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Site retention policy: the server removes a message for its age.`)
};

const es_narration_removedretention1 = /** @type {(inputs: Narration_Removedretention1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Política de conservación del sitio: el servidor elimina un mensaje por su antigüedad.`)
};

const de_narration_removedretention1 = /** @type {(inputs: Narration_Removedretention1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Aufbewahrungsregel des Anbieters: Der Server entfernt eine Nachricht wegen ihres Alters.`)
};

/**
* | output |
* | --- |
* | "Site retention policy: the server removes a message for its age." |
*
* @param {Narration_Removedretention1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_removedretention1 = /** @type {((inputs?: Narration_Removedretention1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Removedretention1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_removedretention1(inputs)
	if (locale === "de") return de_narration_removedretention1(inputs)
	return en_narration_removedretention1(inputs)
});
export { narration_removedretention1 as "narration_removedRetention" }