import { SnakeNamingStrategy, snakeCase } from './snake-naming.strategy';

describe(SnakeNamingStrategy.name, () => {
  const sut = new SnakeNamingStrategy();

  it('names tables after the entity in snake_case', () => {
    expect(sut.tableName('ExperimentLogEntry', undefined)).toBe('experiment_log_entry');
    expect(sut.tableName('ReflectionMoment', 'custom_name')).toBe('custom_name');
  });

  it('names columns in snake_case, with embedded prefixes', () => {
    expect(sut.columnName('learningMinutes', undefined, [])).toBe('learning_minutes');
    expect(sut.columnName('city', undefined, ['homeAddress'])).toBe('home_address_city');
  });

  it('names join columns after the relation', () => {
    expect(sut.joinColumnName('team', 'id')).toBe('team_id');
  });

  it('splits acronyms sensibly', () => {
    expect(snakeCase('BSNCheck')).toBe('bsn_check');
    expect(snakeCase('userId')).toBe('user_id');
  });
});
