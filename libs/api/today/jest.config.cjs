const { nodeJestConfig } = require('../../../jest.node.cjs');

module.exports = nodeJestConfig({ displayName: 'api-today', rootDir: __dirname });
