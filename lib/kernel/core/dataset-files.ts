/** The files scripts/build-datasets.ts writes to public/kernel/datasets/ (build output, git-ignored). */
export const datasetFileNames = ["digits.bin", "iris.json", "cars.json", "sentences.json"] as const;
