/**
 * The object model: every Python value is a {@link org.ember.objects.PyObj}; behaviour comes from
 * its {@link org.ember.objects.PyType}'s slots ({@link org.ember.objects.Slot}), and
 * {@link org.ember.objects.Abstract} holds the operations everyone shares (attribute access,
 * calls, binary operators, comparisons, iteration). One class per Python type; errors with
 * CPython's wording come from {@link org.ember.objects.Errors}. Depends on {@code api} only
 * (the {@code format} subpackage on nothing). Start with {@code PyType} and {@code Abstract}.
 */
package org.ember.objects;
