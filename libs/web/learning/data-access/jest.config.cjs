const { angularJestConfig } = require('../../../../jest.angular.cjs');

module.exports = angularJestConfig({ displayName: 'web-learning-data-access', rootDir: __dirname });
