/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Tlsdefinition1Inputs */

const en_glossary_tlsdefinition1 = /** @type {(inputs: Glossary_Tlsdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Encryption of the connection. STLS upgrades a port-110 session after the greeting (an active attacker can strip it); implicit TLS on port 995 encrypts from the first byte and is preferred since RFC 8314. Addresses, timing and sizes stay visible.`)
};

const es_glossary_tlsdefinition1 = /** @type {(inputs: Glossary_Tlsdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`El cifrado de la conexión. STLS convierte una sesión del puerto 110 después del saludo (un atacante activo puede quitarlo); el TLS implícito en el puerto 995 cifra desde el primer byte y es el preferido desde la RFC 8314. Las direcciones, los tiempos y los tamaños siguen a la vista.`)
};

const de_glossary_tlsdefinition1 = /** @type {(inputs: Glossary_Tlsdefinition1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Verschlüsselung der Verbindung. STLS stellt eine Sitzung auf Port 110 nach der Begrüßung um (ein aktiver Angreifer kann das verhindern); implizites TLS auf Port 995 verschlüsselt ab dem ersten Byte und wird seit RFC 8314 bevorzugt. Adressen, Zeitpunkte und Größen bleiben sichtbar.`)
};

/**
* | output |
* | --- |
* | "Encryption of the connection. STLS upgrades a port-110 session after the greeting (an active attacker can strip it); implicit TLS on port 995 encrypts from t..." |
*
* @param {Glossary_Tlsdefinition1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_tlsdefinition1 = /** @type {((inputs?: Glossary_Tlsdefinition1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Tlsdefinition1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_tlsdefinition1(inputs)
	if (locale === "de") return de_glossary_tlsdefinition1(inputs)
	return en_glossary_tlsdefinition1(inputs)
});
export { glossary_tlsdefinition1 as "glossary_tlsDefinition" }