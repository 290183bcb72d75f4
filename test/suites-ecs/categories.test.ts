// models/ecs/categories.ts must list exactly the ECS actions the simulator implements, each once,
// so that every simulated action has a suite file (testcases/ecs/<category>) and an Allure feature.
import 'reflect-metadata';
import { ECS_CATEGORIES, ECS_CATEGORY_TITLES, ecsCategoryOf } from '../../models/ecs/categories';
import { ECS_IMPLEMENTED } from '../../simulator/products/ecs';

const listed = Object.values(ECS_CATEGORIES).flat() as string[];

describe('ECS categories', () => {
  it('cover every simulated action, and nothing else', () => {
    expect([...listed].sort()).toEqual([...ECS_IMPLEMENTED].sort());
  });

  it('name each action once', () => {
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('give every category a title and every listed action its category', () => {
    for (const [category, actions] of Object.entries(ECS_CATEGORIES)) {
      expect(ECS_CATEGORY_TITLES[category as keyof typeof ECS_CATEGORIES]).toMatch(/\S/);
      for (const a of actions) expect(ecsCategoryOf(a)).toBe(category);
    }
    expect(ecsCategoryOf('CreateVpc')).toBeUndefined();
  });
});
