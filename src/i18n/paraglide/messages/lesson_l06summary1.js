/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L06summary1Inputs */

const en_lesson_l06summary1 = /** @type {(inputs: Lesson_L06summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Keeping mail on the server is a client setting, not a protocol version. The laptop polls twice. Compare what it downloads on the second poll in each Retention mode, and what keeping mail costs.`)
};

const es_lesson_l06summary1 = /** @type {(inputs: Lesson_L06summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Dejar el correo en el servidor es un ajuste del cliente, no una versión del protocolo. El portátil consulta dos veces. Compara lo que descarga en la segunda consulta con cada opción de Conservación, y lo que cuesta conservar el correo.`)
};

const de_lesson_l06summary1 = /** @type {(inputs: Lesson_L06summary1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Mail auf dem Server zu lassen ist eine Einstellung des Clients, keine Protokollversion. Der Laptop ruft zweimal ab. Vergleiche, was er beim zweiten Abruf in jeder Einstellung der Aufbewahrung herunterlädt, und was das Aufbewahren von Mail kostet.`)
};

/**
* | output |
* | --- |
* | "Keeping mail on the server is a client setting, not a protocol version. The laptop polls twice. Compare what it downloads on the second poll in each Retentio..." |
*
* @param {Lesson_L06summary1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l06summary1 = /** @type {((inputs?: Lesson_L06summary1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L06summary1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l06summary1(inputs)
	if (locale === "de") return de_lesson_l06summary1(inputs)
	return en_lesson_l06summary1(inputs)
});
export { lesson_l06summary1 as "lesson_l06Summary" }