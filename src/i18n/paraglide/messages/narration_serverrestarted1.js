/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Narration_Serverrestarted1Inputs */

const en_narration_serverrestarted1 = /** @type {(inputs: Narration_Serverrestarted1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`The server has restarted and accepts connections again. Its maildrop is as it was last committed.`)
};

const es_narration_serverrestarted1 = /** @type {(inputs: Narration_Serverrestarted1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El servidor se ha reiniciado y vuelve a aceptar conexiones. Su buzón está como quedó en la última confirmación.`)
};

const de_narration_serverrestarted1 = /** @type {(inputs: Narration_Serverrestarted1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Der Server ist neu gestartet und nimmt wieder Verbindungen an. Sein Postfach ist so, wie es zuletzt festgeschrieben wurde.`)
};

/**
* | output |
* | --- |
* | "The server has restarted and accepts connections again. Its maildrop is as it was last committed." |
*
* @param {Narration_Serverrestarted1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_serverrestarted1 = /** @type {((inputs?: Narration_Serverrestarted1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Serverrestarted1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_serverrestarted1(inputs)
	if (locale === "de") return de_narration_serverrestarted1(inputs)
	return en_narration_serverrestarted1(inputs)
});
export { narration_serverrestarted1 as "narration_serverRestarted" }