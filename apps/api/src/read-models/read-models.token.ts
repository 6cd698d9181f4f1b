/** The ReadModels (projections) of this process. */
export const READ_MODELS = Symbol('READ_MODELS');
