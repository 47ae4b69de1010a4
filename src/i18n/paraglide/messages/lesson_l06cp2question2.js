/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06cp2question2Inputs */

const en_lesson_l06cp2question2 = /** @type {(inputs: Lesson_L06cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Leave on server seems to fix everything. Real clients (Thunderbird, for one) offer to delete mail from the server after 14 days. With that setting, what does a phone that polls only once a month find?`)
};

const es_lesson_l06cp2question2 = /** @type {(inputs: Lesson_L06cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dejar en el servidor parece arreglarlo todo. Los clientes reales (Thunderbird, por ejemplo) ofrecen borrar el correo del servidor a los 14 días. Con ese ajuste, ¿qué encuentra un móvil que solo consulta una vez al mes?`)
};

const de_lesson_l06cp2question2 = /** @type {(inputs: Lesson_L06cp2question2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Auf dem Server lassen scheint alles zu lösen. Echte Clients (Thunderbird zum Beispiel) bieten an, Mail nach 14 Tagen vom Server zu löschen. Was findet mit dieser Einstellung ein Handy vor, das nur einmal im Monat abruft?`)
};

/**
* | output |
* | --- |
* | "Leave on server seems to fix everything. Real clients (Thunderbird, for one) offer to delete mail from the server after 14 days. With that setting, what does..." |
*
* @param {Lesson_L06cp2question2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06cp2question2 = /** @type {((inputs?: Lesson_L06cp2question2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06cp2question2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06cp2question2(inputs)
	if (locale === "de") return de_lesson_l06cp2question2(inputs)
	return en_lesson_l06cp2question2(inputs)
});
export { lesson_l06cp2question2 as "lesson_l06Cp2Question" }