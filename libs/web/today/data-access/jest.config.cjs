const { angularJestConfig } = require('../../../../jest.angular.cjs');

module.exports = angularJestConfig({ displayName: 'web-today-data-access', rootDir: __dirname });
