/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L14cp2choiceinvoice3Inputs */

const en_lesson_l14cp2choiceinvoice3 = /** @type {(inputs: Lesson_L14cp2choiceinvoice3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The new invoice, which is message 1 in this session and which no device has downloaded.`)
};

const es_lesson_l14cp2choiceinvoice3 = /** @type {(inputs: Lesson_L14cp2choiceinvoice3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La factura nueva, que es el mensaje 1 en esta sesión y que ningún dispositivo ha descargado.`)
};

const de_lesson_l14cp2choiceinvoice3 = /** @type {(inputs: Lesson_L14cp2choiceinvoice3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Die neue Rechnung, die in dieser Sitzung Nachricht 1 ist und die noch kein Gerät heruntergeladen hat.`)
};

/**
* | output |
* | --- |
* | "The new invoice, which is message 1 in this session and which no device has downloaded." |
*
* @param {Lesson_L14cp2choiceinvoice3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l14cp2choiceinvoice3 = /** @type {((inputs?: Lesson_L14cp2choiceinvoice3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L14cp2choiceinvoice3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l14cp2choiceinvoice3(inputs)
	if (locale === "de") return de_lesson_l14cp2choiceinvoice3(inputs)
	return en_lesson_l14cp2choiceinvoice3(inputs)
});
export { lesson_l14cp2choiceinvoice3 as "lesson_l14Cp2ChoiceInvoice" }