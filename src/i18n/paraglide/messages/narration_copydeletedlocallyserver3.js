/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ uid: NonNullable<unknown>, device: NonNullable<unknown> }} Narration_Copydeletedlocallyserver3Inputs */

const en_narration_copydeletedlocallyserver3 = /** @type {(inputs: Narration_Copydeletedlocallyserver3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`The user deletes the message with UID ${i?.uid} in the mail program on ${i?.device}. Set to "delete from the server when deleted here", the client will send DELE for it at its next session.`)
};

const es_narration_copydeletedlocallyserver3 = /** @type {(inputs: Narration_Copydeletedlocallyserver3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`El usuario borra el mensaje con UID ${i?.uid} en el programa de correo de ${i?.device}. Como está configurado para «borrar del servidor al borrar aquí», el cliente enviará DELE por él en su próxima sesión.`)
};

const de_narration_copydeletedlocallyserver3 = /** @type {(inputs: Narration_Copydeletedlocallyserver3Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Der Benutzer löscht die Nachricht mit der UID ${i?.uid} im Mailprogramm auf ${i?.device}. Eingestellt auf „auch auf dem Server löschen, wenn hier gelöscht“, sendet der Client in seiner nächsten Sitzung DELE dafür.`)
};

/**
* | output |
* | --- |
* | "The user deletes the message with UID {uid} in the mail program on {device}. Set to \"delete from the server when deleted here\", the client will send DELE for..." |
*
* @param {Narration_Copydeletedlocallyserver3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_copydeletedlocallyserver3 = /** @type {((inputs: Narration_Copydeletedlocallyserver3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Copydeletedlocallyserver3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_copydeletedlocallyserver3(inputs)
	if (locale === "de") return de_narration_copydeletedlocallyserver3(inputs)
	return en_narration_copydeletedlocallyserver3(inputs)
});
export { narration_copydeletedlocallyserver3 as "narration_copyDeletedLocallyServer" }