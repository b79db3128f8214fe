/** Types of layers.mjs, for the architecture test. */
export declare const LAYERS: readonly { name: string; test: (path: string) => boolean }[];
export declare function layerOf(path: string): number;
export declare const layersPlugin: { rules: Record<string, unknown> };
