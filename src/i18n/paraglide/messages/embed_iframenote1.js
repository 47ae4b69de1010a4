/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ height: NonNullable<unknown> }} Embed_Iframenote1Inputs */

const en_embed_iframenote1 = /** @type {(inputs: Embed_Iframenote1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Works where scripts are not allowed. The first line sizes the frame to its content; keep it once per page. Without it the frame stays ${i?.height} px tall, enough for the Outcome in a column 640 px or wider.`)
};

const es_embed_iframenote1 = /** @type {(inputs: Embed_Iframenote1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Funciona donde no se permiten scripts. La primera línea ajusta el marco a su contenido; ponla una vez por página. Sin ella el marco se queda en ${i?.height} px de alto, suficiente para el Resultado en una columna de 640 px o más.`)
};

const de_embed_iframenote1 = /** @type {(inputs: Embed_Iframenote1Inputs) => LocalizedString} */ (i) => {
	return /** @type {LocalizedString} */ (`Funktioniert auch, wo Skripte verboten sind. Die erste Zeile passt die Höhe des Rahmens an seinen Inhalt an; sie gehört einmal auf jede Seite. Ohne sie bleibt der Rahmen ${i?.height} px hoch, genug für das Ergebnis in einer Spalte ab 640 px Breite.`)
};

/**
* | output |
* | --- |
* | "Works where scripts are not allowed. The first line sizes the frame to its content; keep it once per page. Without it the frame stays {height} px tall, enoug..." |
*
* @param {Embed_Iframenote1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const embed_iframenote1 = /** @type {((inputs: Embed_Iframenote1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Embed_Iframenote1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_embed_iframenote1(inputs)
	if (locale === "de") return de_embed_iframenote1(inputs)
	return en_embed_iframenote1(inputs)
});
export { embed_iframenote1 as "embed_iframeNote" }