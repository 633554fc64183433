// Names found from their context, one module per pattern: quoted programmes and titled documents, designations,
// enumerations with a head noun, role + person, elliptical coordination (省、市第十二次党代会), slogan + place
// (平安太原), ring roads, a name before a status verb.
export { designations } from './designations';
export { enumerationItems } from './enumeration/items';
export { enumerations } from './enumeration/enumerations';
export { singleItemHeads } from './enumeration/singleItem';
export type { Enumeration } from './enumeration/types';
export { persons } from './persons';
export { ellipsis, quotedNames, titledDocuments } from './quotes';
export { sloganPlaces } from './sloganPlaces';
export { ringRoads, statusProjects } from './works';
