/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Crammd5definition2Inputs */

const en_glossary_crammd5definition2 = /** @type {(inputs: Glossary_Crammd5definition2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A SASL login (AUTH CRAM-MD5): the server sends a challenge, the client answers with an HMAC-MD5 of it keyed with the secret. Same strength and weakness as APOP.`)
};

const es_glossary_crammd5definition2 = /** @type {(inputs: Glossary_Crammd5definition2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Un inicio de sesión SASL (AUTH CRAM-MD5): el servidor envía un reto y el cliente responde con un HMAC-MD5 del reto con el secreto como clave. La misma fuerza y la misma debilidad que APOP.`)
};

const de_glossary_crammd5definition2 = /** @type {(inputs: Glossary_Crammd5definition2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eine SASL-Anmeldung (AUTH CRAM-MD5): Der Server schickt eine Challenge, der Client antwortet mit einem HMAC-MD5 davon, mit dem Geheimnis als Schlüssel. Gleiche Stärke und gleiche Schwäche wie APOP.`)
};

/**
* | output |
* | --- |
* | "A SASL login (AUTH CRAM-MD5): the server sends a challenge, the client answers with an HMAC-MD5 of it keyed with the secret. Same strength and weakness as APOP." |
*
* @param {Glossary_Crammd5definition2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_crammd5definition2 = /** @type {((inputs?: Glossary_Crammd5definition2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Crammd5definition2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_crammd5definition2(inputs)
	if (locale === "de") return de_glossary_crammd5definition2(inputs)
	return en_glossary_crammd5definition2(inputs)
});
export { glossary_crammd5definition2 as "glossary_cramMd5Definition" }