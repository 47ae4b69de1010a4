/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Terminal_Helppop2nack2Inputs */

const en_terminal_helppop2nack2 = /** @type {(inputs: Terminal_Helppop2nack2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Not received: keep it and stay on the same message (RFC 937).`)
};

const es_terminal_helppop2nack2 = /** @type {(inputs: Terminal_Helppop2nack2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`No recibido: consérvalo y quédate en el mismo mensaje (RFC 937).`)
};

const de_terminal_helppop2nack2 = /** @type {(inputs: Terminal_Helppop2nack2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nicht empfangen: behalten und bei derselben Nachricht bleiben (RFC 937).`)
};

/**
* | output |
* | --- |
* | "Not received: keep it and stay on the same message (RFC 937)." |
*
* @param {Terminal_Helppop2nack2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const terminal_helppop2nack2 = /** @type {((inputs?: Terminal_Helppop2nack2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Terminal_Helppop2nack2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_terminal_helppop2nack2(inputs)
	if (locale === "de") return de_terminal_helppop2nack2(inputs)
	return en_terminal_helppop2nack2(inputs)
});
export { terminal_helppop2nack2 as "terminal_helpPop2Nack" }