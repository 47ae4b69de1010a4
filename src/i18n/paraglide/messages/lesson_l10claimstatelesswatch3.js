/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimstatelesswatch3Inputs */

const en_lesson_l10claimstatelesswatch3 = /** @type {(inputs: Lesson_L10claimstatelesswatch3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`One POP2 connection: follow the server's state in the Server states diagram as the commands arrive.`)
};

const es_lesson_l10claimstatelesswatch3 = /** @type {(inputs: Lesson_L10claimstatelesswatch3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Una sola conexión POP2: sigue el estado del servidor en el diagrama Estados del servidor a medida que llegan las órdenes.`)
};

const de_lesson_l10claimstatelesswatch3 = /** @type {(inputs: Lesson_L10claimstatelesswatch3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Eine einzige POP2-Verbindung: Verfolge im Diagramm Serverzustände, wie der Server mit jedem ankommenden Befehl seinen Zustand wechselt.`)
};

/**
* | output |
* | --- |
* | "One POP2 connection: follow the server's state in the Server states diagram as the commands arrive." |
*
* @param {Lesson_L10claimstatelesswatch3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimstatelesswatch3 = /** @type {((inputs?: Lesson_L10claimstatelesswatch3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimstatelesswatch3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimstatelesswatch3(inputs)
	if (locale === "de") return de_lesson_l10claimstatelesswatch3(inputs)
	return en_lesson_l10claimstatelesswatch3(inputs)
});
export { lesson_l10claimstatelesswatch3 as "lesson_l10ClaimStatelessWatch" }