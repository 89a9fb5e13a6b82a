// First: the calls the app starts with go out before React and the rest of the bundle run.
import { addressedStart } from './app/first-calls'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { editorLoaded } from './editor/LazyArticleEditor'
import './styles.css'

const draw = () =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>
  )

// When the address names an article, its calls are under way already: the first render waits for them
// and for the article view's code, and draws the article at once, instead of an empty window first and
// then everything again.
if (addressedStart) void Promise.all([addressedStart, editorLoaded]).then(draw)
else draw()
