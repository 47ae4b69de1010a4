/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ device: NonNullable<unknown>, uid: NonNullable<unknown> }} Narration_Uidrememberedunsafe2Inputs */

const en_narration_uidrememberedunsafe2 = /** @type {(inputs: Narration_Uidrememberedunsafe2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} remembers UID ${i?.uid} before its copy is on disk (unsafe order). If it crashes now, it will believe it has a message it does not have, and never fetch it again.`)
};

const es_narration_uidrememberedunsafe2 = /** @type {(inputs: Narration_Uidrememberedunsafe2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} recuerda el UID ${i?.uid} antes de que su copia esté en disco (orden inseguro). Si se cuelga ahora, creerá que tiene un mensaje que no tiene, y nunca lo volverá a descargar.`)
};

const de_narration_uidrememberedunsafe2 = /** @type {(inputs: Narration_Uidrememberedunsafe2Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`${i?.device} merkt sich die UID ${i?.uid}, bevor seine Kopie auf der Festplatte ist (unsichere Reihenfolge). Stürzt es jetzt ab, glaubt es, eine Nachricht zu haben, die es nicht hat, und holt sie nie wieder.`)
};

/**
* | output |
* | --- |
* | "{device} remembers UID {uid} before its copy is on disk (unsafe order). If it crashes now, it will believe it has a message it does not have, and never fetch..." |
*
* @param {Narration_Uidrememberedunsafe2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const narration_uidrememberedunsafe2 = /** @type {((inputs: Narration_Uidrememberedunsafe2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Narration_Uidrememberedunsafe2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_narration_uidrememberedunsafe2(inputs)
	if (locale === "de") return de_narration_uidrememberedunsafe2(inputs)
	return en_narration_uidrememberedunsafe2(inputs)
});
export { narration_uidrememberedunsafe2 as "narration_uidRememberedUnsafe" }