/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Presenter_Nextstep1Inputs */

const en_presenter_nextstep1 = /** @type {(inputs: Presenter_Nextstep1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Next step`)
};

const es_presenter_nextstep1 = /** @type {(inputs: Presenter_Nextstep1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Siguiente paso`)
};

const de_presenter_nextstep1 = /** @type {(inputs: Presenter_Nextstep1Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Nächster Schritt`)
};

/**
* | output |
* | --- |
* | "Next step" |
*
* @param {Presenter_Nextstep1Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const presenter_nextstep1 = /** @type {((inputs?: Presenter_Nextstep1Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Presenter_Nextstep1Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_presenter_nextstep1(inputs)
	if (locale === "de") return de_presenter_nextstep1(inputs)
	return en_presenter_nextstep1(inputs)
});
export { presenter_nextstep1 as "presenter_nextStep" }