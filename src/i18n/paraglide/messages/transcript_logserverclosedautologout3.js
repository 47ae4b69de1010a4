/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Transcript_Logserverclosedautologout3Inputs */

const en_transcript_logserverclosedautologout3 = /** @type {(inputs: Transcript_Logserverclosedautologout3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-- server closed the session (autologout) --`)
};

const es_transcript_logserverclosedautologout3 = /** @type {(inputs: Transcript_Logserverclosedautologout3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-- el servidor cerró la sesión (cierre automático) --`)
};

const de_transcript_logserverclosedautologout3 = /** @type {(inputs: Transcript_Logserverclosedautologout3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`-- der Server hat die Sitzung beendet (Auto-Logout) --`)
};

/**
* | output |
* | --- |
* | "-- server closed the session (autologout) --" |
*
* @param {Transcript_Logserverclosedautologout3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const transcript_logserverclosedautologout3 = /** @type {((inputs?: Transcript_Logserverclosedautologout3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Transcript_Logserverclosedautologout3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_transcript_logserverclosedautologout3(inputs)
	if (locale === "de") return de_transcript_logserverclosedautologout3(inputs)
	return en_transcript_logserverclosedautologout3(inputs)
});
export { transcript_logserverclosedautologout3 as "transcript_logServerClosedAutologout" }