const { nodeJestConfig } = require('../../jest.node.cjs');

module.exports = nodeJestConfig({ displayName: 'worker', rootDir: __dirname });
