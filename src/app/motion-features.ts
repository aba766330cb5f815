// Loaded after the first screen: framer-motion's animation features are only needed once
// something moves (LazyMotion's async features).
export { domAnimation as default } from 'framer-motion';
