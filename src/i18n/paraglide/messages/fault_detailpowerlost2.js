/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Fault_Detailpowerlost2Inputs */

const en_fault_detailpowerlost2 = /** @type {(inputs: Fault_Detailpowerlost2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`the client device lost power`)
};

const es_fault_detailpowerlost2 = /** @type {(inputs: Fault_Detailpowerlost2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`el dispositivo cliente se quedó sin corriente`)
};

const de_fault_detailpowerlost2 = /** @type {(inputs: Fault_Detailpowerlost2Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`das Gerät des Clients hat keinen Strom mehr`)
};

/**
* | output |
* | --- |
* | "the client device lost power" |
*
* @param {Fault_Detailpowerlost2Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const fault_detailpowerlost2 = /** @type {((inputs?: Fault_Detailpowerlost2Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Fault_Detailpowerlost2Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_fault_detailpowerlost2(inputs)
	if (locale === "de") return de_fault_detailpowerlost2(inputs)
	return en_fault_detailpowerlost2(inputs)
});
export { fault_detailpowerlost2 as "fault_detailPowerLost" }