/* eslint-disable */
import * as registry from '../registry.js'
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{ delivered: NonNullable<unknown> }} Faultmap_BaselineInputs */

const en_faultmap_baseline = /** @type {(inputs: Faultmap_BaselineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("en", i?.delivered, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Without a fault: ${i?.delivered} message delivered once.`);
	return /** @type {LocalizedString} */ (`Without a fault: ${i?.delivered} messages delivered once.`)
	
};

const es_faultmap_baseline = /** @type {(inputs: Faultmap_BaselineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("es", i?.delivered, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Sin fallo: ${i?.delivered} mensaje entregado una vez.`);
	return /** @type {LocalizedString} */ (`Sin fallo: ${i?.delivered} mensajes entregados una vez.`)
	
};

const de_faultmap_baseline = /** @type {(inputs: Faultmap_BaselineInputs) => LocalizedString} */ (i) => {const countPlural = registry.plural("de", i?.delivered, {});
	if (countPlural === "one") return /** @type {LocalizedString} */ (`Ohne Störung: ${i?.delivered} Nachricht einmal zugestellt.`);
	return /** @type {LocalizedString} */ (`Ohne Störung: ${i?.delivered} Nachrichten einmal zugestellt.`)
	
};

/**
* | countPlural | output |
* | --- | --- |
* | "one" | "Without a fault: {delivered} message delivered once." |
* | * | "Without a fault: {delivered} messages delivered once." |
*
* @param {Faultmap_BaselineInputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
export const faultmap_baseline = /** @type {((inputs: Faultmap_BaselineInputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Faultmap_BaselineInputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_faultmap_baseline(inputs)
	if (locale === "de") return de_faultmap_baseline(inputs)
	return en_faultmap_baseline(inputs)
});