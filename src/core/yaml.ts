// yaml is a CommonJS package: in the bundle, each named import is reached through a getter on every
// call. The core's hot loops (building data for 10,000 posts, shifting ranges after an edit) call
// these predicates hundreds of thousands of times, so they are bound here once.
import * as YAML from 'yaml';

export const { isAlias, isCollection, isMap, isNode, isPair, isScalar, isSeq, parseDocument } = YAML;
export type { Document, Node, Pair, Scalar, YAMLError, YAMLMap, YAMLSeq } from 'yaml';
