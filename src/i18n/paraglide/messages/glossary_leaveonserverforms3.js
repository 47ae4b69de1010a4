/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Glossary_Leaveonserverforms3Inputs */

const en_glossary_leaveonserverforms3 = /** @type {(inputs: Glossary_Leaveonserverforms3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`leave on server | leave-on-server | Leave on server`)
};

const es_glossary_leaveonserverforms3 = /** @type {(inputs: Glossary_Leaveonserverforms3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`dejar en el servidor | Dejar en el servidor`)
};

const de_glossary_leaveonserverforms3 = /** @type {(inputs: Glossary_Leaveonserverforms3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`auf dem Server lassen | Auf dem Server lassen`)
};

/**
* | output |
* | --- |
* | "leave on server \| leave-on-server \| Leave on server" |
*
* @param {Glossary_Leaveonserverforms3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const glossary_leaveonserverforms3 = /** @type {((inputs?: Glossary_Leaveonserverforms3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Glossary_Leaveonserverforms3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_glossary_leaveonserverforms3(inputs)
	if (locale === "de") return de_glossary_leaveonserverforms3(inputs)
	return en_glossary_leaveonserverforms3(inputs)
});
export { glossary_leaveonserverforms3 as "glossary_leaveOnServerForms" }