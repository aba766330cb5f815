/** The people picture a peer has until staff choose another (an OpenMoji "person" symbol). */
export const PEOPLE_SYMBOL = '1F9D1';
