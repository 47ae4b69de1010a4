/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ uid: NonNullable<unknown>, device: NonNullable<unknown> }} Narration_Copydeletedlocally2Inputs */

const en_narration_copydeletedlocally2 = /** @type {(inputs: Narration_Copydeletedlocally2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The user deletes the message with UID ${i?.uid} in the mail program on ${i?.device}. The server is not told: its copy stays as it is.`)
};

const es_narration_copydeletedlocally2 = /** @type {(inputs: Narration_Copydeletedlocally2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El usuario borra el mensaje con UID ${i?.uid} en el programa de correo de ${i?.device}. Al servidor no se le dice nada: su copia sigue como estaba.`)
};

const de_narration_copydeletedlocally2 = /** @type {(inputs: Narration_Copydeletedlocally2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Benutzer löscht die Nachricht mit der UID ${i?.uid} im Mailprogramm auf ${i?.device}. Der Server erfährt davon nichts: Seine Kopie bleibt, wie sie ist.`)
};

/**
* | output |
* | --- |
* | "The user deletes the message with UID {uid} in the mail program on {device}. The server is not told: its copy stays as it is." |
*
* @param {Narration_Copydeletedlocally2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_copydeletedlocally2 = /** @type {((inputs: Narration_Copydeletedlocally2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Copydeletedlocally2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_copydeletedlocally2(inputs)
	if (locale === "de") return de_narration_copydeletedlocally2(inputs)
	return en_narration_copydeletedlocally2(inputs)
});
export { narration_copydeletedlocally2 as "narration_copyDeletedLocally" }