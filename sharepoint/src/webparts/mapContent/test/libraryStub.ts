// Stands in for map-embed's browser bundle in the Jest tests (config/jest.config.json).
export {};
