// The stories view's state: the stories, the suggestions, the story being looked at and its
// comparison. Every change goes through the contract and takes back what main returns.
import { useCallback, useEffect, useState } from 'react'
import type { Story, StoryComparison, StorySuggestion } from '../../../../shared/model'
import { api } from '../../api'
import { downloadBase64 } from '../../app/files'

export function useStories(report: (error: unknown) => void, active: boolean) {
  const [stories, setStories] = useState<Story[]>([])
  const [suggestions, setSuggestions] = useState<StorySuggestion[] | null>(null)
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const [comparison, setComparison] = useState<StoryComparison | null>(null)

  const refresh = useCallback(async () => setStories(await api.listStories({})), [])
  const compare = useCallback(async (id: number) => setComparison(await api.compareStory({ storyId: id })), [])

  useEffect(() => {
    if (active) api.listStories({}).then(setStories, report)
  }, [active, report])
  useEffect(() => {
    if (active && selectedId !== null) api.compareStory({ storyId: selectedId }).then(setComparison, report)
  }, [active, report, selectedId])

  const run = useCallback(
    async (action: () => Promise<unknown>) => {
      try {
        await action()
      } catch (error) {
        report(error)
      }
    },
    [report]
  )

  return {
    stories,
    suggestions,
    selected: stories.find((s) => s.id === selectedId) ?? null,
    comparison: comparison?.story.id === selectedId ? comparison : null,
    select: setSelectedId,
    suggest: () => run(async () => setSuggestions(await api.suggestStories({}))),
    create: (title: string, articleIds: number[]) =>
      run(async () => {
        const story = await api.createStory({ title, articleIds })
        await refresh()
        setSuggestions(
          (current) =>
            current?.map((s) =>
              s.articleIds.every((id) => articleIds.includes(id)) ? { ...s, existingStoryId: story.id } : s
            ) ?? null
        )
        setSelectedId(story.id)
      }),
    update: (change: { id: number; title?: string; add?: number[]; remove?: number[] }) =>
      run(async () => {
        await api.updateStory(change)
        await refresh()
        await compare(change.id)
      }),
    remove: (id: number) =>
      run(async () => {
        await api.deleteStory({ id })
        setSelectedId(null)
        await refresh()
      }),
    exportAs: (format: 'csv' | 'html') =>
      run(async () => {
        if (selectedId === null) return
        const file = await api.exportComparison({ storyId: selectedId, format })
        downloadBase64(file.fileName, file.base64, file.mimeType)
      })
  }
}
