/* eslint-disable */
import { getLocale, experimentalStaticLocale } from '../runtime.js';

/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */

/** @typedef {{}} Lesson_L10claimstatelessfacts3Inputs */

const en_lesson_l10claimstatelessfacts3 = /** @type {(inputs: Lesson_L10claimstatelessfacts3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Every version is a stateful session protocol: RFC 937 draws client and server state diagrams, and POP3 has AUTHORIZATION, TRANSACTION and UPDATE. What early servers lacked was memory between sessions.`)
};

const es_lesson_l10claimstatelessfacts3 = /** @type {(inputs: Lesson_L10claimstatelessfacts3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Todas las versiones son protocolos de sesión con estado: la RFC 937 dibuja diagramas de estados del cliente y del servidor, y POP3 tiene AUTHORIZATION, TRANSACTION y UPDATE. Lo que les faltaba a los primeros servidores era memoria entre una sesión y la siguiente.`)
};

const de_lesson_l10claimstatelessfacts3 = /** @type {(inputs: Lesson_L10claimstatelessfacts3Inputs) => LocalizedString} */ () => {
	return /** @type {LocalizedString} */ (`Jede Version ist ein zustandsbehaftetes Sitzungsprotokoll: RFC 937 zeichnet Zustandsdiagramme für Client und Server, und POP3 hat AUTHORIZATION, TRANSACTION und UPDATE. Was frühen Servern fehlte, war ein Gedächtnis von einer Sitzung zur nächsten.`)
};

/**
* | output |
* | --- |
* | "Every version is a stateful session protocol: RFC 937 draws client and server state diagrams, and POP3 has AUTHORIZATION, TRANSACTION and UPDATE. What early ..." |
*
* @param {Lesson_L10claimstatelessfacts3Inputs} inputs
* @param {{ locale?: "en" | "es" | "de" }} options
* @returns {LocalizedString}
*/
const lesson_l10claimstatelessfacts3 = /** @type {((inputs?: Lesson_L10claimstatelessfacts3Inputs, options?: { locale?: "en" | "es" | "de" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Lesson_L10claimstatelessfacts3Inputs, { locale?: "en" | "es" | "de" }, {}>} */ ((inputs = {}, options = {}) => {
	const locale = experimentalStaticLocale ?? options.locale ?? getLocale()
	if (locale === "es") return es_lesson_l10claimstatelessfacts3(inputs)
	if (locale === "de") return de_lesson_l10claimstatelessfacts3(inputs)
	return en_lesson_l10claimstatelessfacts3(inputs)
});
export { lesson_l10claimstatelessfacts3 as "lesson_l10ClaimStatelessFacts" }