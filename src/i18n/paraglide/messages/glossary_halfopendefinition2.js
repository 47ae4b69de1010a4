/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Halfopendefinition2Inputs */

const en_glossary_halfopendefinition2 = /** @type {(inputs: Glossary_Halfopendefinition2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`A connection one end still believes is up after the other end vanished (Wi-Fi hand-over, NAT timeout, power loss). The client gives up after its own timeout; the server keeps the session and its lock until autologout.`)
};

const es_glossary_halfopendefinition2 = /** @type {(inputs: Glossary_Halfopendefinition2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Una conexión que un extremo todavía cree viva cuando el otro ya ha desaparecido (cambio de wifi, caducidad en el NAT, corte de corriente). El cliente se rinde tras su propio tiempo de espera; el servidor conserva la sesión y su bloqueo hasta el cierre automático.`)
};

const de_glossary_halfopendefinition2 = /** @type {(inputs: Glossary_Halfopendefinition2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eine Verbindung, die ein Ende noch für lebendig hält, obwohl das andere verschwunden ist (WLAN-Wechsel, NAT-Timeout, Stromausfall). Der Client gibt nach seinem eigenen Timeout auf; der Server behält Sitzung und Sperre bis zum Auto-Logout.`)
};

/**
* | output |
* | --- |
* | "A connection one end still believes is up after the other end vanished (Wi-Fi hand-over, NAT timeout, power loss). The client gives up after its own timeout;..." |
*
* @param {Glossary_Halfopendefinition2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_halfopendefinition2 = /** @type {((inputs?: Glossary_Halfopendefinition2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Halfopendefinition2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_halfopendefinition2(inputs)
	if (locale === "de") return de_glossary_halfopendefinition2(inputs)
	return en_glossary_halfopendefinition2(inputs)
});
export { glossary_halfopendefinition2 as "glossary_halfOpenDefinition" }