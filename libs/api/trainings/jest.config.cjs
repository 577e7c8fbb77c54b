const { nodeJestConfig } = require('../../../jest.node.cjs');

module.exports = nodeJestConfig({ displayName: 'api-trainings', rootDir: __dirname });
