/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Apopdefinition1Inputs */

const en_glossary_apopdefinition1 = /** @type {(inputs: Glossary_Apopdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP3 login with an MD5 digest of the greeting's timestamp and the secret, so the secret is not sent. The timestamp and digest on the wire still let an eavesdropper test guesses offline: only a long secret is safe.`)
};

const es_glossary_apopdefinition1 = /** @type {(inputs: Glossary_Apopdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Inicio de sesión POP3 con un resumen MD5 de la sello de tiempo del saludo y el secreto, así que el secreto no se envía. Aun así, con la sello de tiempo y el resumen que viajan por la línea, un espía puede probar contraseñas sin conexión: solo un secreto largo es seguro.`)
};

const de_glossary_apopdefinition1 = /** @type {(inputs: Glossary_Apopdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`POP3-Anmeldung mit einem MD5-Hash aus dem Zeitstempel der Begrüßung und dem Geheimnis, sodass das Geheimnis nicht gesendet wird. Mit Zeitstempel und Hash von der Leitung kann ein Lauscher trotzdem offline Passwörter durchprobieren: Nur ein langes Geheimnis ist sicher.`)
};

/**
* | output |
* | --- |
* | "POP3 login with an MD5 digest of the greeting's timestamp and the secret, so the secret is not sent. The timestamp and digest on the wire still let an eavesd..." |
*
* @param {Glossary_Apopdefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_apopdefinition1 = /** @type {((inputs?: Glossary_Apopdefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Apopdefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_apopdefinition1(inputs)
	if (locale === "de") return de_glossary_apopdefinition1(inputs)
	return en_glossary_apopdefinition1(inputs)
});
export { glossary_apopdefinition1 as "glossary_apopDefinition" }