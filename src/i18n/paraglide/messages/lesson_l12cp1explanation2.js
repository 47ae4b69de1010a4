/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L12cp1explanation2Inputs */

const en_lesson_l12cp1explanation2 = /** @type {(inputs: Lesson_L12cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Before STLS the greeting and CAPA travel unprotected, so an active attacker can remove the offer ("STLS stripping"). A client that requires TLS, or connects to port 995 where TLS starts before the greeting, is not fooled. Even with TLS, the addresses, the timing and the sizes of the messages stay visible.`)
};

const es_lesson_l12cp1explanation2 = /** @type {(inputs: Lesson_L12cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Antes de STLS, el saludo y CAPA viajan sin protección, así que un atacante activo puede quitar la oferta (lo que se llama «STLS stripping»). No se deja engañar un cliente que exige TLS, ni uno que se conecta al puerto 995, donde TLS empieza antes del saludo. Incluso con TLS, las direcciones, los tiempos y los tamaños de los mensajes siguen a la vista.`)
};

const de_lesson_l12cp1explanation2 = /** @type {(inputs: Lesson_L12cp1explanation2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Vor STLS gehen Begrüßung und CAPA ungeschützt über die Leitung, also kann ein aktiver Angreifer das Angebot entfernen („STLS-Stripping“). Ein Client, der TLS verlangt oder sich mit Port 995 verbindet, wo TLS schon vor der Begrüßung beginnt, lässt sich nicht täuschen. Auch mit TLS bleiben die Adressen, die Zeitpunkte und die Größen der Nachrichten sichtbar.`)
};

/**
* | output |
* | --- |
* | "Before STLS the greeting and CAPA travel unprotected, so an active attacker can remove the offer (\"STLS stripping\"). A client that requires TLS, or connects ..." |
*
* @param {Lesson_L12cp1explanation2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l12cp1explanation2 = /** @type {((inputs?: Lesson_L12cp1explanation2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L12cp1explanation2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l12cp1explanation2(inputs)
	if (locale === "de") return de_lesson_l12cp1explanation2(inputs)
	return en_lesson_l12cp1explanation2(inputs)
});
export { lesson_l12cp1explanation2 as "lesson_l12Cp1Explanation" }