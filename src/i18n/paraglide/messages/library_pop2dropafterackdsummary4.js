/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Library_Pop2dropafterackdsummary4Inputs */

const en_library_pop2dropafterackdsummary4 = /** @type {(inputs: Library_Pop2dropafterackdsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC 937 does not say what an abort does to ACKD marks; implementations differ. This server is set to commit nothing on an abort, as a POP3 server must, so all three come again on the next poll: duplicates. Compare the same reset on a server that commits on release.`)
};

const es_library_pop2dropafterackdsummary4 = /** @type {(inputs: Library_Pop2dropafterackdsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`La RFC 937 no dice qué hace una interrupción con las marcas ACKD; las implementaciones difieren. Este servidor está configurado para no confirmar nada si se interrumpe, como debe hacer un servidor POP3, así que los tres vuelven en la siguiente consulta: duplicados. Compáralo con el mismo reinicio en un servidor que confirma al liberar.`)
};

const de_library_pop2dropafterackdsummary4 = /** @type {(inputs: Library_Pop2dropafterackdsummary4Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`RFC 937 sagt nicht, was ein Abbruch mit ACKD-Markierungen macht; Implementierungen unterscheiden sich. Dieser Server ist so eingestellt, dass er bei einem Abbruch nichts festschreibt, wie es ein POP3-Server muss, also kommen alle drei beim nächsten Abruf wieder: doppelt. Vergleiche dasselbe Zurücksetzen auf einem Server, der beim Freigeben festschreibt.`)
};

/**
* | output |
* | --- |
* | "RFC 937 does not say what an abort does to ACKD marks; implementations differ. This server is set to commit nothing on an abort, as a POP3 server must, so al..." |
*
* @param {Library_Pop2dropafterackdsummary4Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const library_pop2dropafterackdsummary4 = /** @type {((inputs?: Library_Pop2dropafterackdsummary4Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Library_Pop2dropafterackdsummary4Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_library_pop2dropafterackdsummary4(inputs)
	if (locale === "de") return de_library_pop2dropafterackdsummary4(inputs)
	return en_library_pop2dropafterackdsummary4(inputs)
});
export { library_pop2dropafterackdsummary4 as "library_pop2DropAfterAckdSummary" }