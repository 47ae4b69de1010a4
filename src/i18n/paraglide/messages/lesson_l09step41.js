/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L09step41Inputs */

const en_lesson_l09step41 = /** @type {(inputs: Lesson_L09step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`About TLS, honestly: this simulator shows every octet as it is sent; it does not model encryption. With STLS (RFC 2595 §4) the greeting, CAPA and STLS itself travel before TLS starts, and an active attacker can strip STLS from the CAPA list so the client carries on without TLS; that is why RFC 8314 (2018) prefers port 995, where TLS starts before the greeting. Either way the addresses, the timing and the sizes of what is sent stay visible. The simulated server does not offer STLS, so here you can only read about it.`)
};

const es_lesson_l09step41 = /** @type {(inputs: Lesson_L09step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Sobre TLS, con franqueza: este simulador muestra cada octeto tal como se envía; no modela el cifrado. Con STLS (RFC 2595 §4), el saludo, CAPA y el propio STLS viajan antes de que empiece TLS, y un atacante activo puede quitar STLS de la lista de CAPA para que el cliente siga adelante sin TLS; por eso la RFC 8314 (2018) prefiere el puerto 995, donde TLS empieza antes del saludo. En cualquier caso, las direcciones, los tiempos y los tamaños de lo que se envía siguen a la vista. El servidor simulado no ofrece STLS, así que aquí solo puedes leer sobre ello.`)
};

const de_lesson_l09step41 = /** @type {(inputs: Lesson_L09step41Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Ehrlich gesagt zu TLS: Dieser Simulator zeigt jedes Oktett so, wie es gesendet wird; Verschlüsselung bildet er nicht nach. Mit STLS (RFC 2595 §4) gehen die Begrüßung, CAPA und STLS selbst über die Leitung, bevor TLS beginnt, und ein aktiver Angreifer kann STLS aus der CAPA-Liste streichen, sodass der Client ohne TLS weitermacht; deshalb bevorzugt RFC 8314 (2018) Port 995, auf dem TLS vor der Begrüßung beginnt. So oder so bleiben die Adressen, die Zeitpunkte und die Größen des Gesendeten sichtbar. Der simulierte Server bietet kein STLS an, also kannst du hier nur darüber lesen.`)
};

/**
* | output |
* | --- |
* | "About TLS, honestly: this simulator shows every octet as it is sent; it does not model encryption. With STLS (RFC 2595 §4) the greeting, CAPA and STLS itself..." |
*
* @param {Lesson_L09step41Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l09step41 = /** @type {((inputs?: Lesson_L09step41Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L09step41Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l09step41(inputs)
	if (locale === "de") return de_lesson_l09step41(inputs)
	return en_lesson_l09step41(inputs)
});
export { lesson_l09step41 as "lesson_l09Step4" }